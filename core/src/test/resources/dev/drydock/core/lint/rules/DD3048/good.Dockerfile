FROM debian:12
LABEL version="1.0" org.example.app-name="z" org.opencontainers.image.title="app"
