# Bron as a container: `docker build -t bron .` then
#   docker run --env-file .env -v bron-index:/app/embeddings -v bron-data:/app/data/runtime \
#     -v "$PWD/corpus:/app/corpus" bron
# Multi-stage: the build stage has the compilers (hnswlib-node is native) and TypeScript; the runtime stage has only
# production dependencies and the compiled dist/, and runs as the unprivileged `node` user.

FROM node:22-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build-assets.mjs scripts/
COPY src src
COPY commands commands
COPY data/lexicon data/lexicon
RUN npm run build && npm prune --omit=dev

FROM node:22-slim
ENV NODE_ENV=production
# A downloaded embedding model is kept with the bot's state (the rest of /app is read-only for the node user).
ENV EMBEDDINGS_CACHE_DIR=/app/data/runtime/models
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY corpus corpus
RUN mkdir -p embeddings data/runtime && chown -R node:node /app/embeddings /app/data /app/corpus
USER node
# The index (rebuilt when missing or stale) and the bot's state survive a new container; corpus/ is mounted to manage
# articles from outside too (the bot watches it and /article writes to it).
VOLUME ["/app/embeddings", "/app/data/runtime"]
# node directly, not npm, so SIGTERM from `docker stop` reaches the bot, which finishes answers in progress and exits.
CMD ["node", "dist/src/discord/main.js"]
