FROM alpine:3.20
LABEL maintainer="Zoë Müller <zoe@example.com>" description="日本語のラベル 🐳"
RUN echo "héllo wörld 🚢" > /greeting && \
    echo 'ünïcödé' >> /greeting
ENV GREETING=「こんにちは」
