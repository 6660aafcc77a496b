import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useLocation } from '../lib/router';
import { I18nProvider } from './i18n';
import { Layout } from './Layout';
import { renderRoute } from './routes';

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false } } });

function Routes() {
  const { pathname } = useLocation();
  return <Layout>{renderRoute(pathname)}</Layout>;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Routes />
      </I18nProvider>
    </QueryClientProvider>
  );
}
