import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { atLeast, type Role } from '../api/client';
import { queueApi, type Job, type QueueRow } from '../api/queue';
import RowTable from '../components/queue/RowTable';
import { navigate, usePath } from '../router';

const finished = (job: Job) => job.status === 'complete' || job.status === 'failed';

function JobLink({ job }: { job: Job }) {
  return (
    <a
      href={`/screen/${job.id}`}
      onClick={(e) => {
        e.preventDefault();
        navigate(`/screen/${job.id}`);
      }}
    >
      {job.input_name}
    </a>
  );
}

/** A job's progress while it runs, then its rows. */
function JobView({ id, role }: { id: string; role: Role }) {
  const { t } = useTranslation();
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer = 0;
    const poll = () => {
      queueApi
        .job(id)
        .then((answer) => {
          if (stopped) return;
          setJob(answer);
          if (!finished(answer)) timer = window.setTimeout(poll, 400);
        })
        .catch((e: Error) => !stopped && setError(e.message));
    };
    poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [id]);

  const open = useCallback((row: QueueRow) => navigate(`/queue/${row.id}`), []);
  const filters = useMemo(() => new URLSearchParams(), []);

  if (error) {
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  }
  if (!job) return <p>{t('queue.loading')}</p>;
  return (
    <section aria-labelledby="job-title" data-job={job.id} data-status={job.status}>
      <h1 id="job-title">{t('screen.jobTitle', { name: job.input_name })}</h1>
      <div className="card">
        <p data-testid="job-status">
          <span className={`job job-${job.status}`}>{t(`screen.state.${job.status}`, job.status)}</span>{' '}
          {job.status === 'complete'
            ? t('screen.stored', { count: job.rows })
            : job.status === 'failed'
              ? job.error
              : t('screen.screened', { count: job.rows_screened ?? 0 })}
        </p>
        {!finished(job) && <progress aria-label={t('screen.progress')} />}
        <p className="hint">
          {t('screen.by', { who: job.created_by, at: job.created_at.replace('T', ' ').slice(0, 19) })} · {t('case.kbVersion')} {job.kb_version}
        </p>
      </div>
      {job.status === 'complete' && (
        <RowTable source={`/v1/jobs/${job.id}/rows`} filters={filters} canDispose={atLeast(role, 'analyst')} onOpen={open} label={t('screen.results')} />
      )}
    </section>
  );
}

/** Upload a declarations file (CSV, TSV, JSONL, XLSX) to screen, and the team's recent jobs. */
function Upload({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [jurisdictions, setJurisdictions] = useState('');
  const [asOf, setAsOf] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [jobs, setJobs] = useState<Job[] | null>(null);

  useEffect(() => {
    queueApi.jobs().then((a) => setJobs(a.jobs)).catch((e: Error) => setError(e.message));
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setError(t('screen.noFile'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const job = await queueApi.screen(file, { jurisdictions: jurisdictions.trim(), asOf });
      navigate(`/screen/${job.id}`);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('screen.title')}</h1>
      {atLeast(role, 'analyst') ? (
        <form className="card" onSubmit={submit} aria-labelledby="upload-title">
          <h2 id="upload-title">{t('screen.upload')}</h2>
          <div className="field">
            <label htmlFor="declarations">{t('screen.file')}</label>
            <input id="declarations" type="file" accept=".csv,.tsv,.txt,.jsonl,.json,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            <span className="hint">{t('screen.fileHint')}</span>
          </div>
          <div className="row">
            <div className="field">
              <label htmlFor="screen-jurisdictions">{t('screen.jurisdictions')}</label>
              <input id="screen-jurisdictions" type="text" value={jurisdictions} placeholder="US,UN" onChange={(e) => setJurisdictions(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="screen-as-of">{t('check.asOf')}</label>
              <input id="screen-as-of" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
            </div>
          </div>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {busy ? t('screen.sending') : t('screen.submit')}
          </button>
        </form>
      ) : (
        <p className="hint">{t('screen.viewerOnly')}</p>
      )}
      <section className="card" aria-labelledby="jobs-title">
        <h2 id="jobs-title">{t('screen.jobs')}</h2>
        {jobs && jobs.length === 0 && <p>{t('screen.noJobs')}</p>}
        {jobs && jobs.length > 0 && (
          <table className="grid" data-testid="jobs">
            <thead>
              <tr>
                <th scope="col">{t('screen.file')}</th>
                <th scope="col">{t('screen.status')}</th>
                <th scope="col">{t('screen.rows')}</th>
                <th scope="col">{t('screen.when')}</th>
                <th scope="col">{t('screen.who')}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((j) => (
                <tr key={j.id}>
                  <td>
                    <JobLink job={j} />
                  </td>
                  <td>{t(`screen.state.${j.status}`, j.status)}</td>
                  <td>{j.rows}</td>
                  <td>{j.created_at.replace('T', ' ').slice(0, 19)}</td>
                  <td>{j.created_by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}

/** Screening: /screen uploads a file, /screen/{job} follows the job and shows its results. */
export default function Screen({ role }: { role: Role }) {
  const path = usePath();
  const id = /^\/screen\/([0-9a-f]+)$/.exec(path)?.[1];
  return id ? <JobView key={id} id={id} role={role} /> : <Upload role={role} />;
}
