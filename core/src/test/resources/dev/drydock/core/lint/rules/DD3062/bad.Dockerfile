FROM golang:1.23
RUN go install golang.org/x/tools/gopls@latest && \
    go install -ldflags "-s -w" github.com/go-delve/delve/cmd/dlv
