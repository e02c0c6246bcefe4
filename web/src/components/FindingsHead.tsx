import { useTranslation } from 'react-i18next';
import TableHead from './TableHead';

/** The column heads of a findings table, shared by the check page and the case view so both read alike. */
export default function FindingsHead() {
  const { t } = useTranslation();
  const columns = ['jurisdiction', 'list', 'substance', 'basis', 'clause', 'citation', 'effective'] as const;
  return <TableHead labels={columns.map((c) => t(`check.${c}`))} />;
}
