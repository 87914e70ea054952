FROM golang:1.23 AS scratch
FROM debian:12 AS Context
