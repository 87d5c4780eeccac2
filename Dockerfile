# syntax=docker/dockerfile:1
# jetnet: one image for every service; the first argument picks it
# (network | ipam | mapping | agent), e.g. `docker run jetnet network --help`.

# Build: compile the TypeScript to dist/, then drop the dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY proto ./proto
COPY lib ./lib
COPY services ./services
COPY cli ./cli
RUN npm run build && npm prune --omit=dev

# Runtime: Node, iproute2 for the agent's linux fabric (ip, bridge), and tini as PID 1 so that
# processes orphaned by killed exec hooks are reaped.
FROM node:20-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends iproute2 tini \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
# package.json says "type": "module", so Node loads dist/ as ES modules without guessing.
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
COPY bin ./bin
# Guest-namespace hooks for attachments' post-create/post-delete exec (agent --allowed-programs).
COPY hooks ./hooks
# Not a user of the image: the services need no home, no passwd entry and no writable files.
# The agent's DaemonSet runs as root with CAP_NET_ADMIN only (see infra/k8s/base/agent.yaml).
USER 10001:10001
EXPOSE 9090
ENTRYPOINT ["/usr/bin/tini", "--", "node", "/app/dist/cli/main.js"]
CMD ["--help"]
