FROM alpine:3.20
COPY package.json package-lock.json /app/
COPY ["a b.txt", "c.txt", "/srv/data/"]
