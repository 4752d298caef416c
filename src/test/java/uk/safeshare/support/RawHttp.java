package uk.safeshare.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * One HTTP exchange over a plain socket to the test server, bytes in and the whole answer out, so that nothing
 * between the test and Tomcat rewrites a header or re-encodes a request it would refuse.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code request} as it is to 127.0.0.1:{@code port} and reads until the server closes the connection. */
    public static byte[] exchange(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
            }
            return all.toByteArray();
        }
    }
}
