FROM debian:12
RUN groupadd -g 1000000 app && \
    useradd -l -u 1000000 -g app app
RUN useradd -l --uid=2000000 -m svc
