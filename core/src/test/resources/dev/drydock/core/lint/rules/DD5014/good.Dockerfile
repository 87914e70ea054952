FROM python:3.12-alpine
RUN apk add --no-cache --virtual .build-deps gcc musl-dev \
    && pip install --no-cache-dir uwsgi \
    && apk del .build-deps
RUN apt-get install -y make && apt-get purge -y make
