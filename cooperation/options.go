package cooperation

// Config is what a check is asked to do. Callers build it with Options; the
// zero Config checks in Polish at the bundle's asOf with the bundle's profile.
type Config struct {
	// AsOf is the date the check is evaluated at. Zero: the bundle's asOf.
	AsOf Date
	// Lang is the language of messages. Zero: Polish.
	Lang Lang
	// Profile is the caller's profile, applied over the bundle's.
	Profile *Profile
	// MaxBytes and MaxDepth limit documents at the JSON boundary (package
	// schema). Zero: the defaults of that package.
	MaxBytes int
	MaxDepth int
}

// Option sets a field of Config.
type Option func(*Config)

// AsOf evaluates the check at day.
func AsOf(day Date) Option { return func(c *Config) { c.AsOf = day } }

// InLanguage renders messages in lang (pl or en).
func InLanguage(lang Lang) Option { return func(c *Config) { c.Lang = lang } }

// WithProfile applies p over the variant's defaults and the bundle's profile.
func WithProfile(p *Profile) Option { return func(c *Config) { c.Profile = p } }

// WithLimits sets the JSON boundary's size and nesting limits (0 keeps a
// default).
func WithLimits(maxBytes, maxDepth int) Option {
	return func(c *Config) { c.MaxBytes, c.MaxDepth = maxBytes, maxDepth }
}

// NewConfig applies opts to the zero Config.
func NewConfig(opts ...Option) Config {
	var c Config
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.Lang == "" {
		c.Lang = Polish
	}
	return c
}
