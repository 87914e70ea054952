FROM python:3.12-slim
RUN pip install --no-cache-dir requests==2.32.3
RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3
RUN PIP_NO_CACHE_DIR=1 pip3 install click==8.1.7
ENV PIP_NO_CACHE_DIR=true
RUN pip install rich==13.8.0
