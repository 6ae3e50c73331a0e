/**
 * IndexedDB commits a transaction as soon as it has no pending request when control
 * returns to the event loop, so awaiting WebCrypto inside one would end it. Like
 * Dexie.waitFor, this keeps the transaction busy with cheap reads on the same store
 * until the work settles, and then continues inside a request's success callback,
 * where the transaction is active and new requests may be placed.
 */
export function continueInTransaction<T, R>(
  transaction: IDBTransaction,
  storeName: string,
  work: Promise<T>,
  then: (value: T) => R | PromiseLike<R>,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    let outcome: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown } | null = null;
    work.then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error }),
    );
    const store = transaction.objectStore(storeName);
    const spin = (): void => {
      if (outcome === null) {
        // -Infinity is a valid key no record uses: the read finds nothing and costs next to nothing.
        const request = store.get(-Infinity);
        request.onsuccess = spin;
        request.onerror = () => reject(request.error ?? new Error('the transaction ended while waiting'));
        return;
      }
      if (!outcome.ok) {
        reject(outcome.error);
        return;
      }
      try {
        resolve(then(outcome.value));
      } catch (error) {
        reject(error);
      }
    };
    spin();
  });
}
