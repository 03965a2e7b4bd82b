import { createContext, useContext, useState, type ReactNode } from "react";
import { en } from "./texts/en";
import { nl, type TextKey } from "./texts/nl";

export type Language = "nl" | "en";
const TEXTS: Record<Language, Record<TextKey, string>> = { nl, en };
const KEY = "kwadrant.language";

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
  t(key: TextKey): string;
}

const LanguageContext = createContext<LanguageState | null>(null);

/** Dutch by default; the English switch is remembered in this browser. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(localStorage.getItem(KEY) === "en" ? "en" : "nl");
  const setLanguage = (next: Language) => {
    localStorage.setItem(KEY, next);
    document.documentElement.lang = next;
    setState(next);
  };
  document.documentElement.lang = language;
  const t = (key: TextKey) => TEXTS[language][key];
  return (
    <LanguageContext.Provider value={{ language, setLanguage, t }}>
      {children}
    </LanguageContext.Provider>
  );
}

export function useT(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error("useT outside LanguageProvider");
  return state;
}
