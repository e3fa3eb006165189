# claimgraph service image. better-sqlite3 compiles from source, hence the toolchain in
# the build stage, which also compiles the TypeScript to dist/ (tools/build.js) and then
# drops the development dependencies; the runtime stage keeps node_modules, dist/ and the
# files read at run time (schema/, cypher/, resources/, examples/).
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# (npm's prepare step finds no tools/build.js yet and skips; the build runs below.)
RUN npm ci --nodedir=/usr/local
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY tools/build.js ./tools/build.js
COPY src ./src
COPY bench ./bench
COPY test/support ./test/support
COPY schema ./schema
COPY cypher ./cypher
COPY resources ./resources
COPY examples ./examples
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
EXPOSE 4000
CMD ["node", "bin/claimgraph.js", "serve", "--seed", "examples"]
