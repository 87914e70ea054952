FROM python:3.12-slim
COPY corp-ca.crt /usr/local/share/ca-certificates/corp-ca.crt
ENV NODE_TLS_REJECT_UNAUTHORIZED=1
RUN update-ca-certificates \
    && curl -fsSL https://example.com/tool -o /usr/local/bin/tool \
    && pip install --index-url https://pypi.internal.example/simple requests \
    && echo "curl -k is bad"
