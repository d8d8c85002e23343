using Microsoft.Extensions.DependencyInjection;

namespace Senate.Bot;

/// <summary>
/// <see cref="Lazy{T}"/> from the container: a service that is heavy to build (the engine with its features and
/// seeds, LiteDB's mappers and indexes) is built when first used, so polling starts before it is.
/// </summary>
internal sealed class LazyService<T>(IServiceProvider services) : Lazy<T>(services.GetRequiredService<T>)
    where T : notnull;
