import { useEffect, useState } from 'react';
import { CLAUSES } from '../../rules/clauses.ts';
import { useServices } from './services.tsx';

/**
 * The active profile's texts for the clause ids PostGuard does not know (an organisation's
 * own clauses), asked for once per set of ids; built-in clauses need no asking.
 */
export function useClauseTexts(ids: readonly string[]): Record<string, string> {
  const { getClauseTexts } = useServices();
  const unknown = [...new Set(ids.filter((id) => !Object.hasOwn(CLAUSES, id)))].sort();
  const key = unknown.join('\n');
  const [texts, setTexts] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!key) return;
    let live = true;
    getClauseTexts(key.split('\n')).then(
      (t) => live && setTexts((prev) => ({ ...prev, ...t })),
      () => undefined, // no texts: the ids are shown on their own
    );
    return () => {
      live = false;
    };
  }, [key, getClauseTexts]);
  return texts;
}
