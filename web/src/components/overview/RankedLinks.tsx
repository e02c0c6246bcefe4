import type { MouseEvent } from 'react';
import { navigate } from '../../router';

/** The chart's bars as links, for the keyboard and for reading: each goes where a click on its bar goes. */
export default function RankedLinks({ items, label }: { items: { name: string; rows: number; to: string; text?: string }[]; label: string }) {
  const go = (to: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate(to);
  };
  return (
    <ol className="ranked" aria-label={label}>
      {items.map((i) => (
        <li key={i.to + i.name}>
          <a href={i.to} onClick={go(i.to)}>{i.text ?? i.name}</a> <span className="hint">{i.rows}</span>
        </li>
      ))}
    </ol>
  );
}
