import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Me } from '../api/client';

/** Sign in with an API token (the first-start token, or any key) or with a name and password. */
export default function Login({ onSignedIn }: { onSignedIn: (token: string, me: Me) => void }) {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  const withToken = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const trimmed = token.trim();
      onSignedIn(trimmed, await api.me(trimmed));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const withPassword = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const session = await api.login(name, password);
      onSignedIn(session.token, await api.me(session.token));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="login">
      <h1>{t('login.title')}</h1>
      {error && (
        <p role="alert" className="error">
          {t('login.failed', { message: error })}
        </p>
      )}
      <div className="login-forms">
        <form onSubmit={withToken} aria-labelledby="token-title" className="card">
          <h2 id="token-title">{t('login.tokenTitle')}</h2>
          <p className="hint">{t('login.tokenHelp')}</p>
          <label htmlFor="token">{t('login.token')}</label>
          <input id="token" name="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} required />
          <button type="submit">{t('login.submit')}</button>
        </form>
        <form onSubmit={withPassword} aria-labelledby="password-title" className="card">
          <h2 id="password-title">{t('login.passwordTitle')}</h2>
          <label htmlFor="user">{t('login.name')}</label>
          <input id="user" name="username" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} required />
          <label htmlFor="password">{t('login.password')}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" value={password}
            onChange={(e) => setPassword(e.target.value)} required />
          <button type="submit">{t('login.submit')}</button>
        </form>
      </div>
    </section>
  );
}
