import type { Platform } from '../rules/draft.ts';
import { CATEGORIES } from '../rules/vocabulary.ts';
import { PLATFORM_NAMES } from '../lib/log/describe.ts';
import { hasFilters, type LogFilters } from '../lib/log/query.ts';

// Not rules/draft.ts's PLATFORMS: that module brings zod into the popup for one list.
const PLATFORMS = Object.keys(PLATFORM_NAMES) as Platform[];
const label = (category: string) => category.charAt(0).toUpperCase() + category.slice(1).replaceAll('-', ' ');

export function SignOffLogFilters({
  filters,
  onChange,
  onReset,
}: {
  filters: LogFilters;
  onChange<K extends keyof LogFilters>(key: K, value: LogFilters[K]): void;
  onReset(): void;
}) {
  return (
    <form className="filters" role="search" aria-label="Filter the sign-off log" onSubmit={(e) => e.preventDefault()}>
      <input
        type="search"
        className="search"
        aria-label="Search the log"
        placeholder="Search reason, approver, account, rule, #number…"
        value={filters.search}
        onChange={(e) => onChange('search', e.target.value)}
      />
      <div className="filter-row">
        <label>
          Platform
          <select value={filters.platform} onChange={(e) => onChange('platform', e.target.value as LogFilters['platform'])}>
            <option value="">All</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_NAMES[p]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Account
          <select value={filters.accountKind} onChange={(e) => onChange('accountKind', e.target.value as LogFilters['accountKind'])}>
            <option value="">All</option>
            <option value="corporate">Corporate</option>
            <option value="personal">Personal</option>
          </select>
        </label>
        <label>
          Category
          <select value={filters.category} onChange={(e) => onChange('category', e.target.value as LogFilters['category'])}>
            <option value="">All</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="filter-row">
        <label>
          From
          <input type="date" value={filters.from} onChange={(e) => onChange('from', e.target.value)} />
        </label>
        <label>
          To
          <input type="date" value={filters.to} onChange={(e) => onChange('to', e.target.value)} />
        </label>
        {hasFilters(filters) && (
          <button type="button" className="link-button reset" onClick={onReset}>
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}
