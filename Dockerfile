# KPI early-warning dashboard: one image, the server and the built client.
#
#   docker build -t kpi-dashboard .
#   docker run -d -p 3000:3000 -v kpi-data:/data -e KPI_DEMO=off kpi-dashboard
#
# Data (the SQLite database, its WAL files and backups) lives on the /data volume; the image itself
# holds no state. Behind an HTTPS reverse proxy add -e KPI_TRUST_PROXY=1 (see README, "Running behind HTTPS").
FROM node:20-bookworm-slim

# Debian's Chromium brings every system library it needs, and its Thai fonts cover the UI; the
# notices embed Sarabun from npm. Using it (KPI_CHROMIUM_PATH) spares unpacking @sparticuz/chromium
# into /tmp at the first PDF. tini reaps Chromium's children and passes SIGTERM on to node.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-thai-tlwg ca-certificates tini \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Dependencies first, so a source change does not reinstall them. Production dependencies only:
# they include what the build needs (vite, esbuild) and patch-package with its patches.
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY . .
# Build now, as root, so the running container never compiles: `npm start` finds dist/ fresh (its
# source hashes match) and goes straight to serving.
RUN node scripts/build.mjs --force \
 && mkdir -p /data \
 && chown -R node:node /data /app/dist

ENV NODE_ENV=production \
    KPI_DB=/data/kpi.sqlite \
    PORT=3000 \
    HOST=0.0.0.0 \
    KPI_CHROMIUM_PATH=/usr/bin/chromium \
    KPI_LOG_LEVEL=info

# The image's own user (uid 1000), never root: it may write /data and dist/'s build stamps only.
USER node
VOLUME ["/data"]
EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "scripts/start.mjs"]
