/** Loading, error and empty states, in the reader's language, each saying what to do next. */
import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n';
import { ApiRequestError } from '../lib/api';
import { Link } from '../lib/router';
import { paths } from '../lib/paths';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" className="state state-loading">
      <span className="spinner" aria-hidden="true" /> {label ?? t.state.loading}
    </p>
  );
}

/** `subject`: what was refused, by name (e.g. the province's), for the 403 message. */
export function ErrorState({ error, onRetry, subject }: { error: unknown; onRetry?: () => void; subject?: string }) {
  const { t, lang } = useI18n();
  // A refusal is not a connection problem: say what the account cannot see, and where it can go ("/" opens
  // the national overview, or a province user's own province).
  if (error instanceof ApiRequestError && error.status === 403) {
    return (
      <div role="alert" className="state state-error state-forbidden">
        <p>
          <strong>{subject ? t.state.forbiddenSubject(subject) : t.state.forbiddenTitle}</strong>
        </p>
        <p>{t.state.forbiddenNext}</p>
        <Link to={paths.home()}>{t.state.forbiddenBack}</Link>
      </div>
    );
  }
  if (error instanceof ApiRequestError && error.status === 404) {
    return (
      <div role="alert" className="state state-error">
        <p>
          <strong>{t.state.notFoundTitle}</strong> — {lang === 'th' ? error.messageTh : error.message}
        </p>
        <p>{t.state.notFoundNext}</p>
        <Link to={paths.home()}>{t.state.backToOverview}</Link>
      </div>
    );
  }
  const message = error instanceof ApiRequestError ? (lang === 'th' ? error.messageTh : error.message) : error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="state state-error">
      <p>
        <strong>{t.state.errorTitle}</strong>: {message}
      </p>
      <p>{t.state.errorNext}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.state.retry}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, next, children }: { title: string; next: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p>
        <strong>{title}</strong>
      </p>
      <p>{next}</p>
      {children}
    </div>
  );
}

/** What QueryStatus needs of a TanStack query. */
export interface QueryLike {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * The loading or error state (with a retry) of the queries a page waits for, or nothing once they all
 * have data: the one place pages get these two states from, instead of repeating both checks. The
 * first failed query is shown and retried; `subject` names what a 403 refused.
 *
 * @example
 * if (!history.data) return <QueryStatus query={history} />;
 * if (!data.data || !provinces.data) return <>{header}<QueryStatus query={[data, provinces]} /></>;
 */
export function QueryStatus({ query, subject }: { query: QueryLike | readonly QueryLike[]; subject?: string }) {
  const queries: readonly QueryLike[] = Array.isArray(query) ? query : [query as QueryLike];
  const failed = queries.find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} subject={subject} />;
  if (queries.some((q) => q.isPending)) return <Loading />;
  return null;
}
