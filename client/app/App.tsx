import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Overview } from '../features/overview/components/Overview';

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: 1 } } });

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <header>
        <h1>ระบบเตือนภัยล่วงหน้า ตัวชี้วัดตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการของจังหวัด</h1>
      </header>
      <main>
        <Overview />
      </main>
      <footer>
        <a href="/api/docs">API</a> · <a href="/api/import-template.xlsx">ดาวน์โหลดแบบฟอร์มนำเข้า</a>
      </footer>
    </QueryClientProvider>
  );
}
