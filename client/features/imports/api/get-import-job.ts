/** One import job's state and progress (GET /api/import-jobs/{id}): the import page polls it while the server works. */
import { api, unwrap } from '../../../lib/api';

export const getImportJob = async (id: string) => unwrap(await api.api['import-jobs'][':id'].$get({ param: { id } }));

export type ImportJob = Awaited<ReturnType<typeof getImportJob>>;
