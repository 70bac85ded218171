global using EnergySaving.Core.Facilities;
