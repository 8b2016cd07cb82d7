package dev.parley.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Recorder;

/**
 * {@code fanout}: R rooms × M members, each member one WebSocket session; S members per room
 * send {@code message.send} at a fixed total rate (open loop: the schedule does not wait for
 * acks). Every send carries its send time in the text, so each receiver measures
 * send→deliver; senders measure send→ack. Afterwards every session must hold every message of
 * its room (seq 1..the room's lastSeq, read over REST) exactly once and in seq order: what is
 * missing is reported as loss, what came twice or out of order as such. Sessions the server
 * closes reconnect and sync like a real client ({@link FanoutMember}); they are counted.
 */
final class FanoutScenario implements FanoutMember.Listener, SocketIoFanoutMember.Listener {
    /**
     * @param urls the nodes; sessions are spread over them round-robin (several = a cluster)
     * @param serverPids the nodes' process ids on this machine, to report their CPU and memory (may be empty)
     * @param sendersOnFirstNode every sender's session on the first node, so that deliveries on the
     *     other nodes measure the cross-node hop (reported apart as "remote")
     * @param socketIoMembers per room, how many of the members that do not send listen over
     *     Socket.IO (the Conduit compatibility layer) instead of the native WebSocket (reported apart)
     */
    record Options(List<String> urls, String secret, int rooms, int members, int senders, int rate, Duration warmup,
            Duration duration, List<Long> serverPids, boolean sendersOnFirstNode, int socketIoMembers) {
        Options(List<String> urls, String secret, int rooms, int members, int senders, int rate, Duration warmup,
                Duration duration, List<Long> serverPids, boolean sendersOnFirstNode) {
            this(urls, secret, rooms, members, senders, rate, warmup, duration, serverPids, sendersOnFirstNode, 0);
        }
    }

    /** {@code closedByServer}: close code → sessions the server closed (each reconnected). */
    record Result(@JsonIgnore Options options, long acked, double persistedPerSecond, double deliveriesPerSecond,
            double deliverP50Ms, double deliverP99Ms, double deliverP999Ms, double deliverMaxMs, double ackP50Ms,
            double ackP99Ms, long loss, long duplicates, long outOfOrder, long errors, Map<Integer, Long> closedByServer,
            long reconnects, double serverCores, long serverRssMb, double generatorCores, double remoteDeliverP50Ms,
            double remoteDeliverP99Ms, double socketIoDeliveriesPerSecond, double socketIoDeliverP50Ms,
            double socketIoDeliverP99Ms) {
    }

    /** The JDK client runs all of one client's sockets through one selector: spread the sessions. */
    private static final int CLIENTS = 4;
    private final Options options;
    private final Progress progress;
    private final Recorder deliver = new Recorder(3);
    /** Deliveries to sessions not on the first node (a cluster): the cross-node hop when senders are on the first. */
    private final Recorder remoteDeliver = new Recorder(3);
    private final Recorder ack = new Recorder(3);
    private final LongAdder delivered = new LongAdder();
    /** Deliveries to Socket.IO listeners, kept apart from the native sessions' ({@code deliver}, {@code delivered}). */
    private final Recorder socketIoDeliver = new Recorder(3);
    private final LongAdder socketIoDelivered = new LongAdder();
    private final List<SocketIoFanoutMember> socketIoMembers = new ArrayList<>();
    private final LongAdder ackedTotal = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long measureTo = Long.MAX_VALUE;

    FanoutScenario(Options options, Progress progress) {
        this.options = options;
        this.progress = progress;
    }

    Result run() throws Exception {
        var http = new ParleyHttp(options.urls().getFirst());
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<FanoutMember> members = new ArrayList<>();
        List<FanoutMember> senders = new ArrayList<>();
        Map<String, String> roomReaders = new TreeMap<>();
        for (int r = 0; r < options.rooms(); r++) {
            List<String> ids = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (int m = 0; m < options.members(); m++) {
                String id = "fan-" + run + "-" + r + "-" + m;
                http.putUser(options.secret(), id);
                ids.add(id);
                tokens.add(http.token(options.secret(), id));
            }
            String room = http.createRoom(tokens.getFirst(), "fanout " + run + " " + r, ids.subList(1, ids.size()));
            roomReaders.put(room, tokens.getFirst());
            for (int m = 0; m < options.members(); m++) {
                if (m >= Math.max(options.senders(), options.members() - options.socketIoMembers())) {
                    var listener = new SocketIoFanoutMember(room, options.urls().get(members.size() % options.urls().size()),
                            tokens.get(m), clients.get(m % CLIENTS), this);
                    listener.connect();
                    socketIoMembers.add(listener);
                    continue;
                }
                String node = options.sendersOnFirstNode() && m < options.senders() ? options.urls().getFirst()
                        : options.urls().get(members.size() % options.urls().size());
                var member = new FanoutMember(room, node, tokens.get(m), clients.get(members.size() % CLIENTS), this);
                member.connect();
                members.add(member);
                if (m < options.senders()) {
                    senders.add(member);
                }
            }
        }
        progress.say("provisioned %d rooms x %d members (%d sessions), %d senders; %d msg/s for %ds after %ds warm-up",
                options.rooms(), options.members(), members.size(), senders.size(), options.rate(),
                options.duration().toSeconds(), options.warmup().toSeconds());
        var heartbeat = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        heartbeat.scheduleAtFixedRate(() -> members.forEach(member -> member.checkAlive(System.nanoTime())), 1, 1,
                TimeUnit.SECONDS);
        long start = System.nanoTime();
        measureFrom = start + options.warmup().toNanos();
        measureTo = measureFrom + options.duration().toNanos();
        ServerProcessStats before;
        ServerProcessStats after;
        ServerProcessStats generatorBefore;
        ServerProcessStats generatorAfter;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            long interval = (long) (1e9 * senders.size() / options.rate());
            for (int i = 0; i < senders.size(); i++) {
                FanoutMember sender = senders.get(i);
                long offset = interval * i / senders.size();
                String prefix = "s" + i + "-";
                pool.submit(() -> sendOnSchedule(sender, prefix, start + offset, interval));
            }
            progress.track(measureFrom, ackedTotal::sum, errors::sum);
            before = ServerProcessStats.readAll(options.serverPids());
            generatorBefore = ServerProcessStats.read(ProcessHandle.current().pid());
            progress.track(measureTo, ackedTotal::sum, errors::sum);
            after = ServerProcessStats.readAll(options.serverPids());
            generatorAfter = ServerProcessStats.read(ProcessHandle.current().pid());
        }
        long loss = awaitDelivery(http, roomReaders, members);
        heartbeat.shutdownNow();
        members.forEach(FanoutMember::close);
        socketIoMembers.forEach(SocketIoFanoutMember::close);
        Map<Integer, Long> closed = new TreeMap<>();
        members.forEach(member -> member.closes().forEach((code, n) -> closed.merge(code, n, Long::sum)));
        socketIoMembers.forEach(member -> member.closes().forEach((code, n) -> closed.merge(code, n, Long::sum)));
        if (!closed.isEmpty()) {
            progress.say("sessions closed by the server (code=count): %s — e.g. 4408 = this client read too slowly;"
                    + " each reconnected and synced like a real client", closed);
        }
        firstErrors.stream().limit(5).forEach(error -> progress.say("error: %s", error));
        return result(members, loss, closed, before, after, generatorBefore, generatorAfter);
    }

    private void sendOnSchedule(FanoutMember sender, String prefix, long first, long interval) {
        long next = first;
        for (long n = 0; next < measureTo; n++, next += interval) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String ref = prefix + n;
            long now = System.nanoTime();
            sentAt.put(ref, now);
            sender.send("{\"type\":\"message.send\",\"roomId\":\"" + sender.roomId + "\",\"clientId\":\"" + ref
                    + "\",\"ref\":\"" + ref + "\",\"text\":\"bench t=" + now + "\"}");
        }
    }

    @Override
    public void onAck(FanoutMember member, String frame, long nowNanos) {
        ackedTotal.increment();
        Long sent = sentAt.remove(FrameText.string(frame, "ref"));
        if (sent != null && sent >= measureFrom && sent < measureTo) {
            ack.recordValue(Math.max(0, nowNanos - sent));
        }
    }

    @Override
    public void onDelivered(FanoutMember member, String frame, long nowNanos) {
        long sent = FrameText.sentNanos(frame);
        if (sent >= measureFrom && sent < measureTo) {
            long latency = Math.max(0, nowNanos - sent);
            deliver.recordValue(latency);
            if (!member.node().equals(options.urls().getFirst())) {
                remoteDeliver.recordValue(latency);
            }
            delivered.increment();
        }
    }

    @Override
    public void onSocketIoDelivered(SocketIoFanoutMember member, String frame, long nowNanos) {
        long sent = FrameText.sentNanosOfSocketIo(frame);
        if (sent >= measureFrom && sent < measureTo) {
            socketIoDeliver.recordValue(Math.max(0, nowNanos - sent));
            socketIoDelivered.increment();
        }
    }

    @Override
    public void onError(String frame) {
        errors.increment();
        if (firstErrors.size() < 5) {
            firstErrors.add(frame);
        }
    }

    /** Waits (up to 30 s) until every session holds every message of its room; returns what is still missing. */
    private long awaitDelivery(ParleyHttp http, Map<String, String> roomReaders, List<FanoutMember> members)
            throws Exception {
        Map<String, Long> lastSeq = new ConcurrentHashMap<>();
        for (var room : roomReaders.entrySet()) {
            lastSeq.put(room.getKey(), http.lastSeq(room.getValue(), room.getKey()));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long missing;
        do {
            missing = 0;
            for (FanoutMember member : members) {
                missing += member.missing(lastSeq.get(member.roomId));
            }
            for (SocketIoFanoutMember member : socketIoMembers) {
                missing += member.missing(lastSeq.get(member.roomId));
            }
            if (missing > 0) {
                Thread.sleep(100);
            }
        } while (missing > 0 && System.nanoTime() < deadline);
        for (FanoutMember member : members) {
            long roomLastSeq = lastSeq.get(member.roomId);
            if (member.missing(roomLastSeq) > 0) {
                progress.say("a session of room %s (lastSeq %d) lacks %d messages, e.g. seqs %s; closes %s",
                        member.roomId, roomLastSeq, member.missing(roomLastSeq), member.someMissing(roomLastSeq),
                        member.closes());
            }
        }
        return missing;
    }

    private Result result(List<FanoutMember> members, long loss, Map<Integer, Long> closed, ServerProcessStats before,
            ServerProcessStats after, ServerProcessStats generatorBefore, ServerProcessStats generatorAfter) {
        double seconds = options.duration().toNanos() / 1e9;
        var d = deliver.getIntervalHistogram();
        var a = ack.getIntervalHistogram();
        var remote = remoteDeliver.getIntervalHistogram();
        double remoteP50 = remote.getTotalCount() == 0 ? Double.NaN : remote.getValueAtPercentile(50) / 1e6;
        double remoteP99 = remote.getTotalCount() == 0 ? Double.NaN : remote.getValueAtPercentile(99) / 1e6;
        long duplicates = members.stream().mapToLong(FanoutMember::duplicates).sum()
                + socketIoMembers.stream().mapToLong(SocketIoFanoutMember::duplicates).sum();
        long outOfOrder = members.stream().mapToLong(FanoutMember::outOfOrder).sum()
                + socketIoMembers.stream().mapToLong(SocketIoFanoutMember::outOfOrder).sum();
        var s = socketIoDeliver.getIntervalHistogram();
        double socketIoP50 = s.getTotalCount() == 0 ? Double.NaN : s.getValueAtPercentile(50) / 1e6;
        double socketIoP99 = s.getTotalCount() == 0 ? Double.NaN : s.getValueAtPercentile(99) / 1e6;
        long reconnects = closed.values().stream().mapToLong(Long::longValue).sum();
        double cpu = before == null ? Double.NaN : after.cpuSecondsSince(before) / seconds;
        return new Result(options, ackedTotal.sum(), a.getTotalCount() / seconds, delivered.sum() / seconds,
                d.getValueAtPercentile(50) / 1e6, d.getValueAtPercentile(99) / 1e6,
                d.getValueAtPercentile(99.9) / 1e6, d.getMaxValue() / 1e6, a.getValueAtPercentile(50) / 1e6,
                a.getValueAtPercentile(99) / 1e6, loss, duplicates, outOfOrder, errors.sum(), closed, reconnects, cpu,
                after == null ? -1 : after.rssKb() / 1024, generatorAfter.cpuSecondsSince(generatorBefore) / seconds,
                remoteP50, remoteP99, socketIoDelivered.sum() / seconds, socketIoP50, socketIoP99);
    }
}
