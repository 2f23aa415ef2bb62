import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { verifyChain, type ChainReport } from '../../lib/log/chain.ts';
import { queryLog, type LogFilters, type LogPage } from '../../lib/log/query.ts';
import { useServices } from './services.tsx';

/** One page of the log, newest first, kept live as the background appends. */
export function useLogPage(filters: LogFilters, limit: number): LogPage | undefined {
  const { db } = useServices();
  return useLiveQuery(() => queryLog(db, filters, limit), [db, filters, limit]);
}

export type Integrity = { state: 'checking' } | { state: 'checked'; report: ChainReport } | { state: 'failed'; message: string };

/**
 * Verifies the whole chain, again whenever the log or the record of its newest entry
 * changes. The live query watches only the entries' keys (any write to an entry wakes
 * it); the entries themselves are read and hashed after the first paint, so a long log
 * never delays the popup.
 */
export function useIntegrity(): Integrity {
  const services = useServices();
  const { db } = services;
  const keys = useLiveQuery(() => db.entries.toCollection().primaryKeys(), [db]);
  const [witnessVersion, setWitnessVersion] = useState(0);
  const [integrity, setIntegrity] = useState<Integrity>({ state: 'checking' });
  useEffect(() => services.onWitnessChange(() => setWitnessVersion((v) => v + 1)), [services]);
  useEffect(() => {
    if (!keys) return;
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const [all, witness] = await Promise.all([db.entries.orderBy('seq').toArray(), services.readWitness()]);
          const report = await verifyChain(all, witness);
          if (live) setIntegrity({ state: 'checked', report });
        } catch (e) {
          if (live) setIntegrity({ state: 'failed', message: e instanceof Error ? e.message : String(e) });
        }
      })();
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [keys, db, services, witnessVersion]);
  return integrity;
}

export function useRetention(): number | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const row = await db.settings.get('retention');
    return row ? row.days : 365;
  }, [db]);
}

export function useEntryCount(): number | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.entries.count(), [db]);
}
