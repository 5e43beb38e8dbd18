package r2

import "sync"

// primesBelow is the size of the Primes sieve.
const primesBelow = 1 << 16

// region once

// Primes answers primality questions from a sieve built on first use, so
// programs that never ask never pay for it. The zero value is ready to use
// and safe for concurrent use. (For a package-level value, sync.OnceValue
// does the same job in one line.)
type Primes struct {
	once      sync.Once
	composite []bool // composite[n] is true if n is not prime
}

// IsPrime reports whether n is prime, for 0 <= n < 65536. The first call
// builds the sieve; calls made meanwhile from other goroutines wait for it.
func (p *Primes) IsPrime(n int) bool {
	p.once.Do(p.sieve) // [!code highlight]
	return !p.composite[n]
}

// endregion once

// sieve runs the sieve of Eratosthenes.
func (p *Primes) sieve() {
	c := make([]bool, primesBelow)
	c[0], c[1] = true, true
	for i := 2; i*i < primesBelow; i++ {
		if !c[i] {
			for j := i * i; j < primesBelow; j += i {
				c[j] = true
			}
		}
	}
	p.composite = c
}
