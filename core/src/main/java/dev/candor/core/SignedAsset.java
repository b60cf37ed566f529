package dev.candor.core;

/**
 * A labelled asset held in memory and the signed manifest store embedded in it (to keep in a
 * manifest repository, for example).
 *
 * @param asset the whole labelled asset
 * @param store the signed manifest store as embedded
 */
public record SignedAsset(byte[] asset, byte[] store) {}
