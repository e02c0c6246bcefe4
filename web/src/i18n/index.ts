import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en';
import es from './es';

/** The languages of the UI, by code, with their own names. */
export const languages = { en: 'English', es: 'Español' } as const;
export type Language = keyof typeof languages;

const languageKey = 'cordon.language';
const saved = localStorage.getItem(languageKey);
const initial: Language = saved === 'es' || saved === 'en' ? saved : navigator.language.startsWith('es') ? 'es' : 'en';

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: initial,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = initial;

/** Switches the UI's language and remembers it for the next visit. */
export function setLanguage(language: Language): void {
  localStorage.setItem(languageKey, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export default i18n;
