package vn.nhiemvu.round;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.nhiemvu.support.Api;

/** What the round's API tests share: the server's port, the database, today in Vietnam and a client per account. */
abstract class RoundApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    Api as(String username) {
        return Api.as(port, username);
    }
}
