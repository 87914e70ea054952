FROM python:3.12-slim
ENV LANG=C.UTF-8 NODE_TLS_REJECT_UNAUTHORIZED=0
ENV PYTHONHTTPSVERIFY 0
RUN curl --insecure -fsSL https://example.com/tool -o /usr/local/bin/tool \
    && pip install --trusted-host pypi.internal.example requests \
    && GIT_SSL_NO_VERIFY=true git clone https://git.example.com/x.git \
    && git -c http.sslVerify=false clone https://git.example.com/y.git
RUN wget --no-check-certificate https://example.com/a.tgz && apk add --allow-untrusted ./a.apk
