//go:build bad

// Package bad models a class hierarchy with embedding.
package bad

import "fmt"

// region inherit

// Animal is meant as a base class.
type Animal struct {
	Name string
}

// Sound is meant to be overridden.
func (a *Animal) Sound() string { return "..." }

// Describe is meant to call the "overridden" Sound.
func (a *Animal) Describe() string {
	return fmt.Sprintf("%s says %s", a.Name, a.Sound()) // [!code highlight]
}

// Dog embeds Animal and defines its own Sound.
//
// BUG: embedding is not inheritance. dog.Describe() is dog.Animal.Describe(),
// whose receiver is the *Animal; it calls Animal.Sound, never Dog.Sound.
// Dog.Sound only shadows the promoted method for callers of dog.Sound().
type Dog struct {
	Animal
}

// Sound returns what a dog says.
func (d *Dog) Sound() string { return "woof" }

// endregion inherit

// NewDog returns a dog with the given name.
func NewDog(name string) *Dog { return &Dog{Animal{Name: name}} }
