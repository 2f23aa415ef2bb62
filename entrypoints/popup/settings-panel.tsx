import { useEffect, useState } from 'react';
import { SignOffLogSettings } from '../../components/signoff-log-settings.tsx';
import type { ChainPoint } from '../../lib/log/entry.ts';
import { download, verifier } from './export-log.ts';
import { useServices } from './services.tsx';
import { usePopupStore } from './store.ts';
import { useEntryCount, useRetention } from './use-log.ts';

export function SettingsPanel() {
  const services = useServices();
  const retention = useRetention();
  const count = useEntryCount();
  const confirmingClear = usePopupStore((s) => s.confirmingClear);
  const setConfirmingClear = usePopupStore((s) => s.setConfirmingClear);
  const [newest, setNewest] = useState<ChainPoint | null>(null);
  useEffect(() => {
    const read = () => void services.readWitness().then(setNewest);
    read();
    return services.onWitnessChange(read);
  }, [services]);
  return (
    <SignOffLogSettings
      retentionDays={retention}
      entryCount={count}
      newest={newest}
      confirmingClear={confirmingClear}
      setConfirmingClear={setConfirmingClear}
      saveRetention={services.setRetention}
      clearLog={services.clearLog}
      downloadVerifier={() => download(verifier)}
    />
  );
}
