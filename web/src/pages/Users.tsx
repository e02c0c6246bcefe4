import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';

type UserRow = Awaited<ReturnType<typeof api.users>>['users'][number];

/** The team's users (admin). */
export default function Users() {
  const { t } = useTranslation();
  const [users, setUsers] = useState<UserRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.users().then((a) => setUsers(a.users)).catch((e: Error) => setError(e.message));
  }, []);

  return (
    <section>
      <h1>{t('users.title')}</h1>
      {error && <p role="alert" className="error">{error}</p>}
      {users && (
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.created')}</th>
              <th scope="col">{t('users.disabled')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{t(`role.${u.role}`)}</td>
                <td>{u.created_at.slice(0, 10)}</td>
                <td>{u.disabled ? t('users.yes') : t('users.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
