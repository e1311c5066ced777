package io.homeward.infra.local;

public record RedisEndpoint(String host, int port) {

}
