export { NoticesListPage, type NoticesListPageProps } from './components/NoticesListPage';
export { NoticePage, type NoticePageProps } from './components/NoticePage';
