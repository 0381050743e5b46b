# Worker image: same build as the API, runs the BullMQ processors and schedules.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/worker/package.json apps/worker/
COPY apps/admin/package.json apps/admin/
COPY apps/admin-e2e/package.json apps/admin-e2e/
COPY libs libs
RUN npm ci --no-audit --no-fund
COPY . .
RUN node tools/build-server.mjs && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY package.json ./
USER node
CMD ["node", "--enable-source-maps", "dist/apps/worker/src/main.js"]
