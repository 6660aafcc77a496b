/** What every request handler can reach through `c.var`. */
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Logger } from '../log';
import type { Encoding } from './compress';

import type { LoginLimiter } from '../../modules/auth/rate-limit';
import type { ActiveSession } from '../../modules/auth/sessions';
import type { User } from '../../modules/auth/users';

/** Who is acting, for audit and workflow records ('anonymous' before signing in). */
export interface Actor {
  id: number | null;
  username: string;
}

export interface AppEnv {
  Variables: {
    db: Db;
    config: Config;
    actor: Actor;
    /** The signed-in user, or null. Routes other than public ones never run without one (server/http/auth.ts). */
    user: User | null;
    session: ActiveSession | null;
    loginLimiter: LoginLimiter;
    /** The path parameters as the route's rule saw them (parsed by the route's zod schema). */
    params: unknown;
    /** The boundary source's attribution, shown under every map (data/provinces.json). */
    mapAttribution: string;
    /** The stored bytes a cached read sent (server/platform/http/cache.ts), kept whole by read-memo.ts. */
    cachedAnswer: { bytes: Uint8Array; encoding: Encoding | null } | undefined;
    /** The route that answered, when the memo of whole answers did (read-memo.ts): for the request log. */
    answeredRoute: string | undefined;
    /** The route declared `noStore` (its body changes without the data changing): no ETag, no caching. */
    noStore: boolean | undefined;
    /** Structured JSON lines (server/platform/log.ts): requests, imports, PDF jobs. */
    log: Logger;
  };
}
