/** A table's header row: one column header per label. */
export default function TableHead({ labels }: { labels: string[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label) => (
          <th scope="col" key={label}>{label}</th>
        ))}
      </tr>
    </thead>
  );
}
