import { lazy, Suspense, useCallback, useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, atLeast, session, type Me, type Role } from './api/client';
import { languages, setLanguage, type Language } from './i18n';
import { navigate, usePath } from './router';
import Login from './pages/Login';
import Check from './pages/Check';
import Users from './pages/Users';
import Network from './pages/Network';
import Screen from './pages/Screen';
import Queue from './pages/Queue';
import Parties from './pages/Parties';
import KnowledgeBase from './pages/KnowledgeBase';
import Audit from './pages/Audit';

// The charts library is large: fetched only when the overview is opened.
const Overview = lazy(() => import('./pages/Overview'));

/** A page of the application and the least role that may use it (the server enforces the same). */
interface PageEntry {
  path: string;
  label: 'nav.check' | 'nav.users' | 'screen.nav' | 'queue.nav' | 'navMore.overview' | 'navMore.parties' | 'navMore.kb' | 'navMore.audit' | 'network.nav';
  least: Role;
}

const pages: PageEntry[] = [
  { path: '/check', label: 'nav.check', least: 'viewer' },
  { path: '/screen', label: 'screen.nav', least: 'viewer' },
  { path: '/queue', label: 'queue.nav', least: 'viewer' },
  { path: '/overview', label: 'navMore.overview', least: 'viewer' },
  { path: '/parties', label: 'navMore.parties', least: 'viewer' },
  { path: '/kb', label: 'navMore.kb', least: 'viewer' },
  { path: '/network', label: 'network.nav', least: 'viewer' },
  { path: '/audit', label: 'navMore.audit', least: 'supervisor' },
  { path: '/users', label: 'nav.users', least: 'admin' },
];

export default function App() {
  const { t, i18n } = useTranslation();
  const path = usePath();
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(session.get() !== null);

  // A token kept from earlier in this tab is asked again whom it acts for; a revoked or expired one signs out.
  useEffect(() => {
    if (session.get() === null) return;
    api
      .me()
      .then(setMe)
      .catch(() => session.clear())
      .finally(() => setLoading(false));
  }, []);

  const signedIn = useCallback((token: string, who: Me) => {
    session.set(token);
    setMe(who);
    navigate('/check');
  }, []);

  const signOut = () => {
    session.clear();
    setMe(null);
    navigate('/');
  };

  const link = (to: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate(to);
  };

  const offered = pages.filter((p) => atLeast(me?.role, p.least));
  // A page owns its sub-paths too (/queue/{row}, /screen/{job}).
  const owns = (p: PageEntry) => p.path === path || path.startsWith(`${p.path}/`);
  const current = me ? (offered.find(owns) ?? (path === '/' ? offered[0] : undefined)) : undefined;

  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <div className="brand">
          <span className="logo" aria-hidden="true" />
          <span className="name">{t('app.name')}</span>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        {me && (
          <nav aria-label={t('nav.label')}>
            <ul>
              {offered.map((p) => (
                <li key={p.path}>
                  <a href={p.path} onClick={link(p.path)} aria-current={current === p ? 'page' : undefined}>
                    {t(p.label)}
                  </a>
                </li>
              ))}
              <li>
                <a href="/scalar">{t('nav.api')}</a>
              </li>
            </ul>
          </nav>
        )}
        <div className="who">
          {me && (
            <>
              <span>{t('header.signedInAs', { name: me.name })}</span>
              <span className="role" data-testid="role">
                {t('header.role')}: <strong>{t(`role.${me.role}`)}</strong>
              </span>
              <button type="button" onClick={signOut}>
                {t('nav.logout')}
              </button>
            </>
          )}
          <label>
            <span className="visually-hidden">{t('header.language')}</span>
            <select value={i18n.resolvedLanguage} onChange={(e) => setLanguage(e.target.value as Language)} aria-label={t('header.language')}>
              {Object.entries(languages).map(([code, label]) => (
                <option key={code} value={code} lang={code}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <main id="main">
        {loading ? null : !me ? (
          <Login onSignedIn={signedIn} />
        ) : current?.path === '/check' ? (
          <Check />
        ) : current?.path === '/network' ? (
          <Network role={me.role} />
        ) : current?.path === '/users' ? (
          <Users />
        ) : current?.path === '/screen' ? (
          <Screen role={me.role} />
        ) : current?.path === '/queue' ? (
          <Queue role={me.role} />
        ) : current?.path === '/overview' ? (
          <Suspense fallback={<p className="hint">…</p>}>
            <Overview />
          </Suspense>
        ) : current?.path === '/parties' ? (
          <Parties role={me.role} />
        ) : current?.path === '/kb' ? (
          <KnowledgeBase />
        ) : current?.path === '/audit' ? (
          <Audit />
        ) : pages.some(owns) ? (
          <p role="alert">{t('notForRole', { role: t(`role.${me.role}`) })}</p>
        ) : (
          <p>{t('notFound')}</p>
        )}
      </main>
      <footer className="foot">
        <span>{t('sample.label')}: </span>
        <span lang="zh-Hans" data-testid="chinese-sample">
          {t('sample.text')}
        </span>
      </footer>
    </>
  );
}
