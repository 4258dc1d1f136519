package org.agora.identity.rest;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who a request really comes from, behind proxies we trust. {@code X-Forwarded-For} is believed only when the
 * connection itself comes from a configured proxy ({@code agora.http.trusted-proxies}: addresses or CIDR ranges,
 * comma separated); then the client is the right-most address in the header that is not one of our proxies (each
 * proxy appends what it saw, so addresses left of the last untrusted one may be forged by the client). Anything
 * unparsable ends the walk at the last address known to be real.
 */
final class ClientAddresses {

    private record Range(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = network.length * 8;
            var mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    private final List<Range> trusted;

    private ClientAddresses(List<Range> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /**
     * The trusted proxies from the setting's value (empty or absent: none).
     *
     * @throws IllegalArgumentException naming the entry that is not an IP address or CIDR range
     */
    static ClientAddresses trusting(String setting) {
        var ranges = new ArrayList<Range>();
        if (setting != null) {
            for (String entry : setting.split(",")) {
                String e = entry.strip();
                if (e.isEmpty()) {
                    continue;
                }
                int slash = e.indexOf('/');
                var address = literal(slash < 0 ? e : e.substring(0, slash)).orElseThrow(
                        () -> new IllegalArgumentException("agora.http.trusted-proxies: " + e
                                + " is not an IP address or a CIDR range"));
                int prefix;
                try {
                    prefix = slash < 0 ? address.length * 8 : Integer.parseInt(e.substring(slash + 1));
                } catch (NumberFormatException notANumber) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new IllegalArgumentException("agora.http.trusted-proxies: " + e + " has no valid prefix");
                }
                ranges.add(new Range(address, prefix));
            }
        }
        return new ClientAddresses(ranges);
    }

    /** The client's address, from the connection's peer and the {@code X-Forwarded-For} header (may be null). */
    String client(String peer, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop).isEmpty()) {
                break;
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        var bytes = literal(address);
        return bytes.isPresent() && trusted.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /** The bytes of an IP address literal; empty for anything else (never a DNS lookup). */
    private static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean v4 = t.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = t.indexOf(':') >= 0 && t.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }
}
