package dev.npmmcp.simulator;

/** One operation's behaviour. Runs while the simulator's state lock is held. */
@FunctionalInterface
interface Handler {
    Reply handle(Call call);
}
