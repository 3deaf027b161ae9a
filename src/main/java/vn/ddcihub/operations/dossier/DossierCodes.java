package vn.ddcihub.operations.dossier;

/**
 * The dossier codes of a file as it streams, for finding repeated ones without a second
 * pass: a 64-bit hash per code in an open-addressing table beside the first row that had
 * it (12 bytes a slot: a million codes take 24 MB instead of the ~100 MB of a set of
 * strings). Distinct hashes prove distinct codes; a hash seen before only makes the row a
 * suspect, which the caller checks exactly (two different codes share a hash about once
 * in 10¹³ files of a million rows).
 */
final class DossierCodes {

	private long[] hashes = new long[1 << 16];

	private int[] rows = new int[1 << 16];

	private int size;

	/**
	 * Records the code of {@code row}.
	 * @return the first row whose code had the same hash (a suspected repeat), or -1 when
	 * the code is certainly new
	 */
	int add(String code, int row) {
		long hash = hash(code);
		int mask = hashes.length - 1;
		int slot = (int) hash & mask;
		while (hashes[slot] != 0) {
			if (hashes[slot] == hash) {
				return rows[slot];
			}
			slot = (slot + 1) & mask;
		}
		hashes[slot] = hash;
		rows[slot] = row;
		if (++size * 2 > hashes.length) {
			grow();
		}
		return -1;
	}

	private void grow() {
		long[] oldHashes = hashes;
		int[] oldRows = rows;
		hashes = new long[oldHashes.length * 2];
		rows = new int[oldRows.length * 2];
		int mask = hashes.length - 1;
		for (int i = 0; i < oldHashes.length; i++) {
			if (oldHashes[i] != 0) {
				int slot = (int) oldHashes[i] & mask;
				while (hashes[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				hashes[slot] = oldHashes[i];
				rows[slot] = oldRows[i];
			}
		}
	}

	/** FNV-1a over the characters, then MurmurHash3's finaliser; never 0 (empty slot). */
	static long hash(String code) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < code.length(); i++) {
			h ^= code.charAt(i);
			h *= 0x100000001b3L;
		}
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h == 0 ? 1 : h;
	}

}
