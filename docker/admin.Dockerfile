# Admin image: the built SPA served by nginx, which also proxies /api to the API.
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
RUN npm run build:admin

FROM nginx:1.29-alpine
COPY docker/admin-nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/admin /usr/share/nginx/html
EXPOSE 80
