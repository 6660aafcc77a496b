import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AuthGate, authKeys, isAuthQuery } from '../features/auth';
import { ApiRequestError } from '../lib/api';
import { useLocation } from '../lib/router';
import { primeFirstScreen } from './first-screen';
import { I18nProvider, type Digits, type Lang } from './i18n';
import { Layout } from './Layout';
import { renderRoute } from './routes';

/** The app's query client; a server render (client/entry-server.tsx) makes its own per page. */
export const createQueryClient = (): QueryClient => {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: 60_000, retry: (n, e) => !(e instanceof ApiRequestError && e.status < 500) && n < 1, refetchOnWindowFocus: false } },
    // A session that ended (expired, signed out elsewhere) shows the sign-in page instead of errors.
    queryCache: new QueryCache({
      onError: (e, query) => {
        if (e instanceof ApiRequestError && e.status === 401 && !isAuthQuery(query.queryKey)) queryClient.setQueryData(authKeys.me(), null);
      },
    }),
  });
  return queryClient;
};

const browserQueryClient = createQueryClient();

function Routes() {
  const { pathname } = useLocation();
  return <AuthGate>{(me) => <Layout me={me}>{renderRoute(pathname, me)}</Layout>}</AuthGate>;
}

export function App({ queryClient = browserQueryClient, lang, digits }: { queryClient?: QueryClient; lang?: Lang; digits?: Digits }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLang={lang} initialDigits={digits}>
        <Routes />
      </I18nProvider>
    </QueryClientProvider>
  );
}

/** Resolves when the first render may start (see first-screen.ts). */
export const beforeFirstRender = (hydrating: boolean) => primeFirstScreen(browserQueryClient, hydrating);
