global using EnergySaving.Core.Facilities;
// The web pages' common namespaces (each page file then names only what is its own).
global using EnergySaving.Api.Auth;
global using EnergySaving.Api.Infrastructure;
global using EnergySaving.Api.Web;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
