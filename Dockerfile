# claimgraph service image. better-sqlite3 compiles from source, hence the toolchain in
# the build stage; the runtime stage keeps only node_modules and the sources (run by tsx).
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --nodedir=/usr/local
COPY bin ./bin
COPY src ./src
COPY schema ./schema
COPY cypher ./cypher
COPY resources ./resources
COPY examples ./examples
COPY tsconfig.json ./

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
EXPOSE 4000
CMD ["node", "bin/claimgraph.js", "serve", "--seed", "examples"]
