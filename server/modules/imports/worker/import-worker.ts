/**
 * The import worker thread: runs one import at a time on its own SQLite connection, so the server's
 * thread keeps answering reads while a 100 k-row file is parsed, validated and written (issue 9 §7:
 * a 50 k-row import on the server's thread stopped every other request). The queue (queue.ts) sends
 * one job at a time; this thread reports each phase as it goes.
 */
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { databaseBusyMessage, isDatabaseBusy } from '../../../platform/db/busy';
import { openDatabase } from '../../../platform/db/client';
import { importFile } from '../pipeline';
import type { WorkerReply, WorkerRequest } from './messages';

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs as a worker thread (see queue.ts), not on its own.');
const db = openDatabase((workerData as { dbPath: string }).dbPath);

/**
 * Reads come first: this thread runs below normal CPU priority (nice 10, about a ninth of a normal
 * thread's share when both want a core), so on a busy machine (2 cores: the import, the server's
 * thread and whatever else) the server's thread gets the core whenever it has a request, and the
 * import the rest (issue 9: reads during a 100 k-row import). Not nice 19: on a machine loaded by
 * other work it made a 100 k-row import 3–4× slower.
 * On Linux a nice value belongs to the thread, and `setPriority` with no pid sets the calling
 * thread's: the server's own thread keeps its priority. Where that is refused, imports run as before.
 */
try {
  setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  // not allowed here (some containers): same priority as the server, as before
}

port.on('message', (job: WorkerRequest) => {
  const reply = (m: WorkerReply) => port.postMessage(m);
  importFile(db, job.bytes, { ...job.options, onProgress: (p) => reply({ id: job.id, type: 'progress', progress: { ...p } }) }).then(
    (report) => reply({ id: job.id, type: 'done', report }),
    (e: unknown) => {
      if (isDatabaseBusy(e)) return reply({ id: job.id, type: 'failed', error: { code: databaseBusyMessage.code, message: databaseBusyMessage.en, messageTh: databaseBusyMessage.th } });
      console.error(`[${new Date().toISOString()}] import ${job.id} (${job.options.fileName}) failed:`, e);
      reply({ id: job.id, type: 'failed', error: { code: 'INTERNAL', message: 'The import failed on the server; nothing was written. The error was logged.', messageTh: 'การนำเข้าล้มเหลวในระบบ ยังไม่ได้บันทึกข้อมูลใด ๆ ได้บันทึกข้อผิดพลาดไว้เพื่อตรวจสอบแล้ว' } });
    },
  );
});
