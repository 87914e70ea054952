FROM python:3.12-slim
ENV LANG=C.UTF-8
RUN curl -fsSL https://example.com/tool -o /usr/local/bin/tool \
    && pip install requests \
    && git clone https://git.example.com/x.git \
    && git clone https://git.example.com/y.git
RUN wget https://example.com/a.tgz && apk add ./a.apk
